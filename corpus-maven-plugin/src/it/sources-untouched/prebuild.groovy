import java.nio.file.Files
import java.nio.file.attribute.FileTime
import java.security.MessageDigest

// Adds sources whose names or bytes a checkout might not keep, sets every source's modification time to
// a fixed past instant (so that a rewrite within the same second still shows), and records the SHA-256,
// size and modification time of every file of the project for verify.groovy.
def corpus = new File(basedir, 'src/main/corpus')
def write = { String path, byte[] bytes ->
    def f = new File(corpus, path)
    f.parentFile.mkdirs()
    f.bytes = bytes
}
def words = { String topic -> "This document about ${topic} has a name that a careless build script would mangle; " +
        "its bytes and its modification time must survive validation, cleaning, packaging and installation.\n" }
write('with spaces/a file with spaces.txt', words('spaces').getBytes('UTF-8'))
write('ünïcødé/日本語 🙂.txt', words('non-ASCII names').getBytes('UTF-8'))
write('$(touch pwned);`id`|&*?<>\'"!#.txt', words('shell metacharacters').getBytes('UTF-8'))
write('-rf.txt', words('a leading dash').getBytes('UTF-8'))
write('page with spaces & ünïcødé.html', ('<html><head><meta charset="utf-8"><title>Odd page</title></head><body>' +
        '<p>' + words('an HTML page with an odd name') + ' &amp; an entity.</p></body></html>\n').getBytes('UTF-8'))
write('crlf.txt', words('CRLF line endings').replace('\n', '\r\n').getBytes('UTF-8'))
write('bom.txt', ('\uFEFF' + words('a byte-order mark')).getBytes('UTF-8'))

def sources = []
basedir.eachFileRecurse(groovy.io.FileType.FILES) { f ->
    def rel = basedir.toPath().relativize(f.toPath()).toString()
    if (!rel.startsWith('target') && rel != 'build.log' && rel != 'sources-before.tsv') sources << f
}
def fixed = FileTime.fromMillis(981173106000L) // 2001-02-03T04:05:06Z
def lines = sources.sort { it.path }.collect { f ->
    Files.setLastModifiedTime(f.toPath(), fixed)
    def rel = basedir.toPath().relativize(f.toPath()).toString()
    def sha = MessageDigest.getInstance('SHA-256').digest(f.bytes).encodeHex().toString()
    [sha, f.length(), Files.getLastModifiedTime(f.toPath()).toMillis(), rel].join('\t')
}
new File(basedir, 'sources-before.tsv').setText(lines.join('\n') + '\n', 'UTF-8')
println "Recorded ${lines.size()} sources"
return true
