package id.kinerja.system;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.BufferedReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an API body larger than its limit with 413 while it is read: at once when the request says its
 * length, else as soon as the bytes read pass the limit, so a large body never fills the app's memory.
 * Multipart uploads (imports) have limits of their own.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class BodyLimitFilter extends OncePerRequestFilter {

	private final RequestLimits limits;

	BodyLimitFilter(RequestLimits limits) {
		this.limits = limits;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return !request.getRequestURI().startsWith("/api/") || type != null && type.startsWith("multipart/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long limit = limits.bodyLimit(request.getMethod(), request.getRequestURI());
		if (request.getContentLengthLong() > limit) {
			tooLarge(request, response, limit);
			return;
		}
		chain.doFilter(new Limited(request, limit), response);
	}

	/** Written here, before any controller: the problem detail of a body over its limit. */
	private static void tooLarge(HttpServletRequest request, HttpServletResponse response, long limit)
			throws IOException {
		response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		String detail = new BodyTooLarge(limit).getMessage(Languages.asked(request));
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"Content too large\",\"status\":413,\"detail\":\""
					+ detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"limit\":" + limit + "}");
	}

	/** A request whose body stops with {@link BodyTooLarge} once more than the limit is read. */
	private static final class Limited extends HttpServletRequestWrapper {

		private final long limit;

		private ServletInputStream stream;

		Limited(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (stream == null) {
				stream = new Counting(super.getInputStream(), limit);
			}
			return stream;
		}

		@Override
		public BufferedReader getReader() throws IOException {
			String encoding = getCharacterEncoding();
			Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
			return new BufferedReader(new InputStreamReader(getInputStream(), charset));
		}

	}

	private static final class Counting extends ServletInputStream {

		private final ServletInputStream in;

		private final long limit;

		private long read;

		Counting(ServletInputStream in, long limit) {
			this.in = in;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = in.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = in.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(long n) throws BodyTooLarge {
			read += n;
			if (read > limit) {
				throw new BodyTooLarge(limit);
			}
		}

		@Override
		public boolean isFinished() {
			return in.isFinished();
		}

		@Override
		public boolean isReady() {
			return in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			in.setReadListener(listener);
		}

	}

}
