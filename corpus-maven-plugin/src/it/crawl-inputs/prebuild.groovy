import java.security.MessageDigest
import java.util.zip.GZIPOutputStream

// Makes the corpus as a crawl leaves it, from the texts beside this script: a gzip-compressed page,
// a WARC.gz archive (one gzip member per record, as crawlers write them) and a JSONL file. The WARC is
// written by hand, not with jwarc, so that the plugin reads an archive it did not make.
def texts = new File(basedir, 'texts').listFiles().sort { it.name }*.getText('UTF-8')
def corpus = new File(basedir, 'src/main/corpus')
def html = { String text ->
    '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>News</title></head><body>\n' +
        '<nav><a href="/">Home</a></nav>\n<article>\n' +
        text.split(/\n\s*\n/).collect { '<p>' + it.trim().replace('&', '&amp;').replace('<', '&lt;') + '</p>' }.join('\n') +
        '\n</article>\n<footer>Copyright example.org</footer>\n</body></html>\n'
}
def gzip = { byte[] bytes ->
    def out = new ByteArrayOutputStream()
    new GZIPOutputStream(out).withCloseable { it.write(bytes) }
    out.toByteArray()
}

new File(corpus, 'pages').mkdirs()
new File(corpus, 'pages/story.html.gz').bytes = gzip(html(texts[0]).getBytes('UTF-8'))

def record = { String type, String uri, String contentType, byte[] block ->
    def header = "WARC/1.1\r\nWARC-Type: $type\r\nWARC-Record-ID: <urn:uuid:${UUID.nameUUIDFromBytes((type + uri).bytes)}>\r\n" +
        "WARC-Date: 2023-06-01T12:34:56Z\r\nWARC-Target-URI: $uri\r\nContent-Type: $contentType\r\n" +
        "Content-Length: ${block.length}\r\n\r\n"
    def out = new ByteArrayOutputStream()
    out.write(header.getBytes('UTF-8'))
    out.write(block)
    out.write('\r\n\r\n'.bytes)
    gzip(out.toByteArray())
}
def http = { int status, String type, String body ->
    byte[] bytes = body.getBytes('UTF-8')
    def out = new ByteArrayOutputStream()
    out.write(("HTTP/1.1 $status ${status == 200 ? 'OK' : 'Not Found'}\r\nContent-Type: $type\r\n" +
        "Content-Length: ${bytes.length}\r\n\r\n").getBytes('UTF-8'))
    out.write(bytes)
    out.toByteArray()
}
new File(corpus, 'crawl').mkdirs()
new File(corpus, 'crawl/site.warc.gz').withOutputStream { out ->
    out.write(record('request', 'https://example.org/news/1', 'application/http;msgtype=request',
        'GET /news/1 HTTP/1.1\r\nHost: example.org\r\n\r\n'.bytes))
    out.write(record('response', 'https://example.org/news/1', 'application/http;msgtype=response',
        http(200, 'text/html; charset=utf-8', html(texts[1]))))
    out.write(record('response', 'https://example.org/missing', 'application/http;msgtype=response',
        http(404, 'text/html', '<p>Not found</p>')))
    out.write(record('response', 'https://example.org/news/2.txt', 'application/http;msgtype=response',
        http(200, 'text/plain; charset=utf-8', texts[2])))
}

def json = { String s -> groovy.json.JsonOutput.toJson(s) }
new File(corpus, 'dump.jsonl').setText('{"id": "story-3", "text": ' + json(texts[3]) +
    ', "url": "https://example.org/3"}\n{"text": ' + json(texts[4]) + '}\n', 'UTF-8')
return true
