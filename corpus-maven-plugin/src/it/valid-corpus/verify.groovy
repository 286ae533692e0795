import java.security.MessageDigest
import java.util.jar.JarFile

// A valid corpus builds, and its artifact is the cleaned corpus, installed like any artifact.
def log = new File(basedir, 'build.log').text
assert log.contains('Corpus src/main/corpus: 2 documents')
assert log.contains('0 errors, 0 warnings')
assert log.contains('Packaged 2 documents')

def jar = new File(basedir, 'target/valid-corpus-1.0.0.jar')
assert jar.isFile()
def installed = new File(localRepositoryPath, 'dev/corpuskit/it/valid-corpus/1.0.0/valid-corpus-1.0.0.jar')
assert installed.isFile(): "not installed: $installed"
assert installed.bytes == jar.bytes

def base = 'META-INF/corpus/dev.corpuskit.it/valid-corpus/'
new JarFile(jar).withCloseable { j ->
    def names = j.entries().collect { it.name }
    assert names.contains(base + 'manifest.tsv')
    assert names.contains(base + 'SHA256SUMS')
    assert names.contains(base + 'data/000_5c79cd4b06b37693.txt')
    assert names.contains(base + 'data/cluster-a/003_b20276f8bb1996d1.txt')
    assert names.contains('META-INF/corpus/index.properties')

    def text = j.getInputStream(j.getEntry(base + 'data/cluster-a/003_b20276f8bb1996d1.txt')).text
    assert !text.contains('Do you like this article?')
    assert !text.contains('Comment(s)')
    assert text.contains('Trump addressed officials from more than 70 countries')

    def sums = j.getInputStream(j.getEntry(base + 'SHA256SUMS')).getText('UTF-8')
    sums.eachLine { line ->
        def (hash, path) = line.split('  ', 2)
        def bytes = j.getInputStream(j.getEntry(base + path)).bytes
        assert MessageDigest.getInstance('SHA-256').digest(bytes).encodeHex().toString() == hash
    }
}
// The page a person reviews, with its figures, beside the reports; packaging filled its package section.
def reports = new File(basedir, 'target/corpus-reports')
def page = new File(reports, 'index.html').getText('UTF-8')
assert page.startsWith('<!DOCTYPE html>')
assert page.contains('<section id="banner" class="passed">') && page.contains('Passed')
['<table id="findings-by-rule">', '<table id="findings">', '<table id="cleaning">', '<section id="charts">',
 '<section id="examples">'].each { assert page.contains(it): "index.html lacks $it" }
assert page =~ /<del class="removed" data-step="boilerplate\/[^"]+">[^<]*<\/del> <span class="step">boilerplate\//
assert page.contains('<section id="package">\n<h2>Package</h2>')
assert page.contains('valid-corpus-1.0.0.jar')
assert log.contains('Wrote the report ')
def summary = new groovy.json.JsonSlurper().parse(new File(reports, 'summary.json'))
assert summary.status == 'passed'
assert summary.documents.in == 2 && summary.documents.out == 2
assert summary.words.out < summary.words.in
assert summary.configurationSha256 ==~ /[0-9a-f]{64}/
return true
