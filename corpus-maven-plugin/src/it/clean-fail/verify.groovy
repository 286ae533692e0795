// corpus:clean validates on its own: with no corpus:validate execution, the file with invalid UTF-8
// is still reported with its line and column, the valid documents are cleaned, and nothing is packaged.
def log = new File(basedir, 'build.log').text

def expect = [
    '[ERROR] src/main/corpus/market.txt:3:8: invalid UTF-8 byte sequence [C3] at byte 129',
    'Corpus src/main/corpus: 4 documents, ',
    ' 1 errors, 0 warnings, 0 infos in ',
    'Corpus validation failed: 1 errors and 0 warnings in 4 documents of src/main/corpus.',
    '(report: target/corpus-reports/validation.json)',
]
expect.each { assert log.contains(it): "build.log lacks: $it" }
def encodingLine = log.readLines().find { it.startsWith('[ERROR] src/main/corpus/market.txt:3:8: ') }
assert encodingLine?.endsWith('[encoding]'): "no encoding error line: $encodingLine"
['bridge.txt', 'reports/birds.txt', 'library.html'].each { f ->
    assert !log.contains("src/main/corpus/$f:"): "the valid file $f must have no finding"
}
assert log.contains(':clean (clean-corpus) @ clean-fail')
assert !log.contains(':validate ('): 'no validate execution is bound'
assert log.contains('Cleaned 3 documents into ')
assert !log.contains(':package (package-corpus)'): 'corpus:package must not run after a failed clean'

def out = new File(basedir, 'target/corpus')
def cleaned = []
out.eachFileRecurse(groovy.io.FileType.FILES) {
    if (it.name != '.corpuskit-output') { // the record of what cleaning wrote
        cleaned << out.toPath().relativize(it.toPath()).toString().replace('\\', '/')
    }
}
assert cleaned.sort() == ['bridge.txt', 'library.txt', 'reports/birds.txt']: "cleaned files: $cleaned"
assert !new File(out, 'market.txt').exists(): 'a document with errors is not cleaned'
assert !new File(out, 'library.html').exists()

def page = new File(out, 'library.txt').getText('UTF-8')
assert page.contains('The central library opened its new reading room on Monday morning')
assert page.contains('during the exam period & the library will try this in June.')
assert !page.contains('<p>') && !page.contains('&amp;')
assert new File(out, 'bridge.txt').getText('UTF-8').startsWith('The old harbour bridge reopened')

def reports = new File(basedir, 'target/corpus-reports')
assert new File(reports, 'validation.json').isFile()
assert new File(reports, 'cleaning.json').isFile()
def validation = new groovy.json.JsonSlurper().parse(new File(reports, 'validation.json'))
assert validation.documents == 4
assert validation.errors == 1
def finding = validation.findings.find { it.rule == 'encoding' }
assert finding.file == 'market.txt' && finding.line == 3 && finding.column == 8 && finding.byteOffset == 129
def manifest = new File(reports, 'manifest.tsv').readLines('UTF-8')
assert manifest.drop(1).collect { it.split('\t')[1] } == ['bridge.txt', 'library.txt', 'reports/birds.txt']

// The page shows the failure and the finding with its position; its figures say the same.
def html = new File(reports, 'index.html').getText('UTF-8')
assert html.contains('<section id="banner" class="failed">') && html.contains('Failed')
assert html.contains('<code>market.txt:3:8</code>')
assert html.contains('<section id="package"></section>'): 'nothing packaged'
def summary = new groovy.json.JsonSlurper().parse(new File(reports, 'summary.json'))
assert summary.status == 'failed'
assert summary.documents.in == 4 && summary.documents.out == 3
assert summary.findings.errors == 1 && summary.findings.byRule.encoding.ERROR == 1

def jars = new File(basedir, 'target').listFiles().findAll { it.name.endsWith('.jar') }
assert jars.isEmpty(): "no jar after a failed build: $jars"
return true
