import java.security.MessageDigest
import java.util.jar.JarFile

// A corpus as a crawl leaves it packages like any other: the .html.gz page is the document pages/story,
// each HTML or text 200 response of the WARC.gz a document named by host, date and URL hash, each JSONL
// line a document; the sources stay as they were.
def hash = { String url -> MessageDigest.getInstance('SHA-256').digest(url.getBytes('UTF-8')).encodeHex().toString()[0..11] }
def expected = [
    'crawl/site/example.org-20230601123456-' + hash('https://example.org/news/1'),
    'crawl/site/example.org-20230601123456-' + hash('https://example.org/news/2.txt'),
    'dump/line-2',
    'dump/story-3',
    'pages/story',
]
def log = new File(basedir, 'build.log').text
assert !log.contains('[ERROR]')
// The WARC's request and its 404 response are no documents.
assert log.contains('[INFO] 2 records of WARC archives or JSONL files are no document')

def jar = new File(basedir, 'target/crawl-inputs-1.0.0.jar')
assert jar.isFile(): "no corpus jar: $jar"
def base = 'META-INF/corpus/dev.corpuskit.it/crawl-inputs/'
new JarFile(jar).withCloseable { j ->
    def manifest = j.getInputStream(j.getEntry(base + 'manifest.tsv')).getText('UTF-8').readLines()
    def ids = manifest.drop(1).collect { it.split('\t')[0] }
    assert ids.sort(false) == expected.sort(false): "manifest ids: $ids"
    expected.each { assert j.getEntry(base + 'data/' + it + '.txt') != null: "missing data/${it}.txt" }
    def story = j.getInputStream(j.getEntry(base + 'data/pages/story.txt')).getText('UTF-8')
    assert !story.contains('<p>') && !story.contains('Copyright example.org'): 'the page was not cleaned as HTML'
}
// The WARC records' URL and date are the manifest's last columns, empty for the other documents.
new JarFile(jar).withCloseable { j ->
    def rows = j.getInputStream(j.getEntry(base + 'manifest.tsv')).getText('UTF-8').readLines()
    assert rows[0].endsWith('\turl\tdate'): "manifest header: ${rows[0]}"
    def row = rows.find { it.startsWith(expected[0] + '\t') }
    assert row.endsWith('\thttps://example.org/news/1\t2023-06-01T12:34:56Z'): "row: $row"
    assert rows.find { it.startsWith('pages/story\t') }.endsWith('\t\t')
}
// corpus:export: three shards of at most two documents, in id order, with the url and date fields.
def export = new File(basedir, 'target/corpus-export')
def slurper = new groovy.json.JsonSlurper()
def index = slurper.parse(new File(export, 'export.json'))
assert index.documents == 5 && index.shards*.documents == [2, 2, 1]
assert index.fields == ['id', 'text', 'source', 'words', 'sha256', 'source_sha256', 'url', 'date']
def lines = (0..2).collect { n ->
    def shard = new File(export, String.format('part-%05d.jsonl.gz', n))
    assert shard.isFile(): "missing $shard"
    new java.util.zip.GZIPInputStream(new FileInputStream(shard)).getText('UTF-8').readLines()
}.flatten()
def docs = lines.collect { slurper.parseText(it) }
assert docs*.id == expected.sort(false)
assert docs.find { it.id == expected[0] }.url == 'https://example.org/news/1'
assert docs.find { it.id == expected[0] }.date == '2023-06-01T12:34:56Z'
assert docs.find { it.id == 'pages/story' }.url == null
assert log.contains('[INFO] Exported 5 documents into 3 shards')
// The sources are only read.
assert new File(basedir, 'src/main/corpus/crawl/site.warc.gz').isFile()
assert new File(basedir, 'src/main/corpus/pages/story.html.gz').isFile()
return true
