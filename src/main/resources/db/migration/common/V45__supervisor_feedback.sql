-- Constructive feedback (umpan balik) from the assessing official for the period, kept beside the ratings
-- and shown with the employee's result and in the official document. A row may hold only feedback.
alter table official_rating add column feedback varchar(2000);
