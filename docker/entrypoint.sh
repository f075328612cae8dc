#!/bin/sh
# Fills an empty rules/ or policies/ volume with the image's default copy, then starts the app. A folder that
# holds anything (files an officer published) is never overwritten, so a new image keeps them.
set -eu
home="${KINERJA_HOME:-/app}"
for folder in rules policies; do
	if [ -z "$(ls -A "$home/$folder")" ]; then
		cp -R "$home/defaults/$folder/." "$home/$folder/"
		echo "kinerja: $home/$folder was empty: the image's default $folder copied into it"
	elif ! diff -rq "$home/defaults/$folder" "$home/$folder" >/dev/null 2>&1; then
		echo "kinerja: $home/$folder differs from the image's default copy (published changes, or a new baseline" \
			"in the image: see docs/operations.md, Upgrades); it is kept as it is"
	fi
done
exec "$@"
