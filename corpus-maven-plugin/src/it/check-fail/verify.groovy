// A malformed corpus fails validation; every bad file is named with its line, and nothing is packaged.
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
assert !log.contains('src/main/corpus/good.txt:'): 'the valid file must have no finding'

assert new File(basedir, 'target/corpus-reports/validation.json').isFile()
assert !new File(basedir, 'target/check-fail-1.0.0.jar').exists(): 'no artifact after a failed build'
assert !new File(basedir, 'target/corpus').exists(): 'nothing is cleaned after a failed validation'
return true
