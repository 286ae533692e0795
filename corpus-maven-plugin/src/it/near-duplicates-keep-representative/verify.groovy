import groovy.json.JsonSlurper
import java.util.jar.JarFile

// keep-representative: the wire copy of the harbour story (other header and footer) is a near-duplicate
// of news/harbour.txt, the smaller path: it is reported, and left out of the folder, manifest and jar.
def log = new File(basedir, 'build.log').text
assert log.contains('wire/harbour-copy.txt:1:1: near-duplicate of news/harbour.txt (Jaccard 0.')
assert log.contains('keep one, or set nearDuplicates to keep-representative [near-duplicate]')
assert log.contains('near-duplicate: 1 cluster, 1 copy of its representative; left 1 out of the corpus (keep-representative)')
assert log.contains('Packaged 3 documents')

def reports = new File(basedir, 'target/corpus-reports')
def cleaning = new JsonSlurper().parse(new File(reports, 'cleaning.json'))
assert cleaning.audit*.source == ['news/harbour.txt', 'news/market.txt', 'news/school.txt']
assert cleaning.leftOut.size() == 1
assert cleaning.leftOut[0].source == 'wire/harbour-copy.txt'
assert cleaning.leftOut[0].reason == 'near-duplicate'
assert cleaning.leftOut[0].representative == 'news/harbour.txt'
assert cleaning.leftOut[0].jaccard >= 0.8 && cleaning.leftOut[0].jaccard <= 1.0
assert cleaning.documents == 3
assert !new File(reports, 'manifest.tsv').text.contains('harbour-copy')
assert !new File(basedir, 'target/corpus/wire/harbour-copy.txt').exists()
assert new File(basedir, 'target/corpus/news/harbour.txt').isFile()

def base = 'META-INF/corpus/dev.corpuskit.it/near-duplicates-keep-representative/'
new JarFile(new File(basedir, 'target/near-duplicates-keep-representative-1.0.0.jar')).withCloseable { j ->
    def names = j.entries().collect { it.name }
    assert names.contains(base + 'data/news/harbour.txt')
    assert names.contains(base + 'data/news/market.txt')
    assert names.contains(base + 'data/news/school.txt')
    assert !names.any { it.contains('harbour-copy') }
}

// 2: a handling that does not exist names the element, the property and the values it takes.
assert log.contains("Invalid <nearDuplicates> (corpus.nearDuplicates): 'drop' is not one of report, keep-representative.")
return true
