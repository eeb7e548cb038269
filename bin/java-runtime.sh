# Sourced by bin/demarc and bin/demarc-service: which Java runs them, and the archive that speeds its start-up.
#
# Java: $JAVA_HOME/bin/java when JAVA_HOME is set, else java on PATH. Its feature release is read from the runtime's
# `release` file (no JVM is started to ask); when that file is missing it counts as older than 25.
#   java 25+:  an ahead-of-time cache (JEP 483, 514, 515): classes loaded and linked in advance, with method profiles;
#   java 17-24: a dynamic class-data-sharing archive (JEP 350).
# Each runtime gets its own archive file (java_key, from the runtime's path); the launchers record it again when the
# runtime's modules file is newer than it (java_files), i.e. the runtime was updated in place.
if [ -n "$JAVA_HOME" ] && [ -x "$JAVA_HOME/bin/java" ]; then
  java="$JAVA_HOME/bin/java"
else
  java=java
fi
java_path=$(command -v "$java" 2>/dev/null || echo "$java")
java_path=$(readlink -f "$java_path" 2>/dev/null || echo "$java_path")
java_home=$(dirname "$(dirname "$java_path")")
java_feature=$(sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$java_home/release" 2>/dev/null)
java_feature=${java_feature:-0}
if [ "$java_feature" -gt 0 ] && [ "$java_feature" -lt 17 ]; then
  echo "${0##*/}: $java_path is Java $java_feature; Java 17 or later is needed (set JAVA_HOME to one)" >&2
  exit 2
fi
java_files=""
[ -f "$java_home/lib/modules" ] && java_files="$java_home/lib/modules"
java_key=$(printf '%s' "$java_path" | cksum | cut -d ' ' -f 1)
if [ "$java_feature" -ge 25 ]; then
  archive_kind=aot
  archive_record_opt="-XX:AOTCacheOutput="
  archive_use_opt="-XX:AOTCache="
  archive_quiet="-Xlog:aot=off -Xlog:cds=off"
else
  archive_kind=jsa
  archive_record_opt="-XX:ArchiveClassesAtExit="
  archive_use_opt="-XX:SharedArchiveFile="
  archive_quiet="-Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off"
fi
# Transparent huge pages where the system lets a process ask for them (the JVM warns when it cannot have them): the
# heap's and code's first touches fault half as often, which is a tenth of a short run in a virtual machine.
case "$(cat /sys/kernel/mm/transparent_hugepage/enabled 2>/dev/null)" in
  *"[always]"* | *"[madvise]"*) huge_pages="-XX:+UseTransparentHugePages" ;;
  *) huge_pages="" ;;
esac

# archive_stale ARCHIVE [PATH...]: whether ARCHIVE must be recorded (again): it is missing, or the runtime's modules or
# a PATH (a jar, or a directory's files) is newer than it. The JVM refuses such an archive silently.
archive_stale() {
  [ ! -f "$1" ] && return 0
  [ -n "$java_files" ] && [ "$java_files" -nt "$1" ] && return 0
  _archive=$1
  shift
  [ $# -gt 0 ] && [ -n "$(find "$@" -newer "$_archive" 2>/dev/null | head -n 1)" ]
}

# record_archive ARCHIVE JAVA-ARGS...: a training run of the launcher's Java with its options ($opts) and JAVA-ARGS
# records ARCHIVE, written aside and moved in place (its output is discarded; if it fails there is no archive).
record_archive() {
  _archive=$1
  shift
  # shellcheck disable=SC2086
  "$java" $opts "$archive_record_opt$_archive.$$" "$@" >/dev/null 2>&1 || true
  [ -f "$_archive.$$" ] && mv -f "$_archive.$$" "$_archive"
  rm -f "$_archive.$$.config"
}
