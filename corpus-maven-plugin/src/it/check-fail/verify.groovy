// A malformed corpus fails validation; every bad file is named with its line, and nothing is packaged.
// build.log holds two builds: the second logs one finding of each severity and counts the others.
def log = new File(basedir, 'build.log').text

def expect = [
    '[ERROR] src/main/corpus/bad-utf8.txt:3:7: invalid UTF-8 byte sequence [C3] at byte 43',
    '[ERROR] src/main/corpus/empty.txt:1:1: empty file',
    '[ERROR] src/main/corpus/image.txt:',
    '[ERROR] src/main/corpus/scan.pdf:1:1: unsupported file type',
    'Corpus validation failed: 4 errors and 0 warnings in 5 documents of src/main/corpus',
]
expect.each { assert log.contains(it): "build.log lacks: $it" }
assert log.contains('[binary]')
def findingLines = log.readLines().findAll { it.startsWith('[ERROR] src/main/corpus/') }
assert findingLines.size() == 4 + 1: "4 findings in build 1, 1 in build 2: $findingLines"
assert log.contains('[WARNING] Logged the first 1 findings of each severity; not logged: 3 errors. Every finding'
    + ' is in target/corpus-reports/validation.json; corpus.maxLoggedFindings=-1 logs them all')
assert log.readLines().count { it.startsWith('[ERROR] Failed to execute goal') && it.contains('4 errors and 0 warnings') } == 2
assert !log.contains('src/main/corpus/good.txt:'): 'the valid file must have no finding'

assert new File(basedir, 'target/corpus-reports/validation.json').isFile()
assert !new File(basedir, 'target/check-fail-1.0.0.jar').exists(): 'no artifact after a failed build'
assert !new File(basedir, 'target/corpus').exists(): 'nothing is cleaned after a failed validation'
return true
