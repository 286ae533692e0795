// A file name cannot forge a log line: build.log holds two failed builds, and no line of either
// starts with "[INFO] BUILD SUCCESS". Build 1 names the files in its findings, build 2 (errors ignored)
// in the failure of corpus:clean, which refuses two files that clean to one; Maven runs with -e, so
// the failures' causes and stack traces are in the log too.
def lines = new File(basedir, 'build.log').readLines('UTF-8')
def forged = lines.findAll { it.startsWith('[INFO] BUILD SUCCESS') }
assert forged.isEmpty(): "forged lines: $forged"
assert lines.count { it == '[INFO] BUILD FAILURE' } == 2

def name = 'x\\n[INFO] BUILD SUCCESS\\n'
assert lines.any { it.startsWith("[ERROR] src/main/corpus/${name}.txt:1:1: the path holds the character U+000A") }
assert lines.any { it.startsWith("[ERROR] src/main/corpus/${name}.html:1:1: the path holds the character U+000A") }
def failures = lines.findAll { it.startsWith('[ERROR] Failed to execute goal') }
assert failures.size() == 2: failures
assert failures[0].contains('Corpus validation failed: 2 errors')
assert failures[1].contains("both ${name}.html and ${name}.txt clean to ${name}.txt")
assert !new File(basedir, 'target/corpus').exists() || new File(basedir, 'target/corpus').list().length == 0
return true
