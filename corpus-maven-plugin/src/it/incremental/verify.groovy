// Four builds of one project (build.log holds all four): a full one, one with nothing changed, one
// with another cleaning configuration, one with another audit detail.
def log = new File(basedir, 'build.log').text

// 1: everything processed and packaged.
assert log.count('Packaged 2 documents') == 3: 'builds 1, 3 and 4 package, build 2 keeps the jar'
// 2: validate and clean take every file from the cache, and the jar is kept as it is.
assert log.count('Reused the results of 2 of 2 unchanged documents from the cache') >= 5:
    'build 1 clean reuses validate; builds 2 and 4 validate and clean reuse all'
assert log.count('Unchanged since the last build: kept 2 documents') == 1
assert log.count('Cleaned 0 documents in this build; the other 2 kept their cleaned form') == 1: 'only build 2'
// 3: another configuration cleans again: the repeated line stays.
def cleaning = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/corpus-reports/cleaning.json'))
assert !cleaning.steps.contains('repeated-paragraphs')
// 4: the audit holds whole lines now; each goal says how long it took.
assert cleaning.auditDetail == 'full'
assert log.count('corpus:clean took ') == 4
assert new File(basedir, 'target/corpus-cache/documents.bin').isFile()
assert new File(basedir, 'target/incremental-corpus-1.0.0.jar').isFile()
return true
