// validate and clean work on any directory, without a pom.
def log = new File(basedir, 'build.log').text
assert !new File(basedir, 'pom.xml').exists()
assert log.contains('Corpus in: 2 documents')
assert log.contains('Cleaned 2 documents')

def cleaned = new File(basedir, 'out/nested/004_ed9bd0d0fe1211cd.txt')
assert cleaned.isFile()
def text = cleaned.getText('UTF-8')
assert !text.contains('Leave a Reply')
assert text.count('Latifa travelled from her home in Morocco') == 1
assert new File(basedir, 'out/001_f0d43eef8eea6572.txt').getText('UTF-8').startsWith('Islamic State')
assert new File(basedir, 'target/corpus-reports/cleaning.json').isFile()

// Sources are only read.
assert new File(basedir, 'in/nested/004_ed9bd0d0fe1211cd.txt').getText('UTF-8').contains('Leave a Reply')
return true
