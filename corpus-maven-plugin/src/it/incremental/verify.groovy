// Four builds of one project (build.log holds all four): a full one, one with nothing changed, one
// with another cleaning configuration, one with another audit detail.
def log = new File(basedir, 'build.log').text

// 1: everything processed and packaged.
assert log.count('Packaged 2 documents') == 3: 'builds 1, 3 and 4 package, build 2 keeps the jar'
// 2: nothing changed: validate and clean keep their reports and cleaned files, package keeps the jar.
assert log.count('Nothing changed since the last validation: kept the report of 2 documents') == 3:
    'builds 2, 3 and 4: the rules did not change'
assert log.count('Nothing changed since the last clean: kept 2 cleaned documents and the reports') == 1: 'only build 2'
assert log.count('Reused the results of 2 of 2 unchanged documents from the cache') == 3:
    'clean reuses the validation in builds 1, 3 and 4'
assert log.count('Unchanged since the last build: kept 2 documents') == 1
// Each goal's findings are logged in every build, kept or not.
def findings = log.readLines().findAll { it.startsWith('[WARNING]') && it.contains('[min-words]') }
assert findings.size() == 2 * 2 * 4: 'two documents, validate and clean, four builds'
assert findings.unique().size() == 2
// 3: another configuration cleans again: the repeated line stays.
def cleaning = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/corpus-reports/cleaning.json'))
assert !cleaning.steps.contains('repeated-paragraphs')
// 4: the audit holds whole lines now; each goal says how long it took.
assert cleaning.auditDetail == 'full'
assert log.count('corpus:clean took ') == 4
assert new File(basedir, 'target/corpus-cache/documents.bin').isFile()
assert new File(basedir, 'target/corpus-cache/documents.bin.validate.stamp').isFile()
assert new File(basedir, 'target/corpus-cache/documents.bin.clean.stamp').isFile()
assert new File(basedir, 'target/incremental-corpus-1.0.0.jar').isFile()
return true
