// Two `mvn site` builds (build.log holds both): the corpus report cleans the corpus and shows the
// review page inside the site, with the JSON reports it links to copied beside it.
def log = new File(basedir, 'build.log').text
assert log.count('corpus:report took ') == 2
assert log.contains('0 errors, 0 warnings')
assert log.count('Nothing changed since the last clean: kept 2 cleaned documents and the reports') == 1: 'build 2'

def site = new File(basedir, 'target/site')
def page = new File(site, 'corpus-report.html')
assert page.isFile(): "no report page: $page"
def html = page.getText('UTF-8')
assert html.contains('<title>') && html.contains('Corpus review')
assert html.contains('<main id="corpus-report">')
assert html =~ /<section id="banner" class="passed"/
assert html.contains('Passed')
assert html.contains('<table id="cleaning"')
assert html.contains('<table id="findings-by-rule"')
// The report ran the clean: the cleaned documents are there, boilerplate gone.
def cleaned = new File(basedir, 'target/corpus/cluster-a/003_b20276f8bb1996d1.txt')
assert cleaned.isFile()
assert !cleaned.getText('UTF-8').contains('Do you like this article?')

// The report took the configuration from pluginManagement, as the build's goals do.
def cleaning = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/corpus-reports/cleaning.json'))
assert cleaning.steps.contains('collapse-blank-lines')
assert !cleaning.steps.contains('orphan-punctuation')

// Every link into corpus-reports/ resolves in the site, and the JSON reports are the clean's own.
def reports = new File(basedir, 'target/corpus-reports')
['validation.json', 'cleaning.json'].each { name ->
    def copy = new File(site, 'corpus-reports/' + name)
    assert copy.isFile(): "not copied: $copy"
    assert copy.bytes == new File(reports, name).bytes
}
def links = (html =~ /(?:href|src)="(corpus-reports\/[^"#?]+)/).collect { it[1] }
links.each { link -> assert new File(site, link).isFile(): "broken link in the report: $link" }
assert !(html =~ /href="(validation|cleaning|summary)\.json/): 'a link left pointing beside the page'
return true
