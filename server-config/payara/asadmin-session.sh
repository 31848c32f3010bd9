# Sourced by the Payara scripts: one asadmin JVM for many subcommands. multimode goes on after a
# failed subcommand and exits 0 all the same, so its output is what tells: any "Command ... failed."
# fails the session (after printing everything).
#
#   asadmin_session [ASADMIN_OPTIONS...] < FILE     subcommands, one per line, # for comments
asadmin_session() {
  local output status
  output="$("$PAYARA_HOME/bin/asadmin" --interactive=false "$@" multimode --printprompt=false 2>&1)" && status=0 || status=$?
  printf '%s\n' "$output" | grep -v '^Unable to retrieve infocmp' || true
  if [ "$status" -ne 0 ] || grep -q '^Command .* failed' <<<"$output"; then
    echo "asadmin session failed" >&2
    return 1
  fi
}
