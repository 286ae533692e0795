import java.nio.file.Files
import java.security.MessageDigest
import java.util.jar.JarFile

// No goal modifies a source: after validate, clean, package (without the cache), install and the goals
// run on their own, every file of the project outside target/ has the bytes, size and modification time
// prebuild.groovy recorded, and no file was added or removed.
def log = new File(basedir, 'build.log').text
assert log.count('BUILD SUCCESS') == 5
assert log.contains('Packaged 9 documents'): 'every source, odd names included, is packaged'

def before = new File(basedir, 'sources-before.tsv').getText('UTF-8').readLines()
assert before.size() == 13: "prebuild.groovy recorded ${before.size()} files"
def now = []
basedir.eachFileRecurse(groovy.io.FileType.FILES) { f ->
    def rel = basedir.toPath().relativize(f.toPath()).toString()
    if (!rel.startsWith('target') && rel != 'build.log' && rel != 'sources-before.tsv') {
        def sha = MessageDigest.getInstance('SHA-256').digest(f.bytes).encodeHex().toString()
        now << [sha, f.length(), Files.getLastModifiedTime(f.toPath()).toMillis(), rel].join('\t')
    }
}
now.sort { it.split('\t', 4)[3] }
def added = now.collect { it.split('\t', 4)[3] } - before.collect { it.split('\t', 4)[3] }
def removed = before.collect { it.split('\t', 4)[3] } - now.collect { it.split('\t', 4)[3] }
assert added.isEmpty(): "files appeared among the sources: $added"
assert removed.isEmpty(): "sources disappeared: $removed"
def changed = before.findAll { !now.contains(it) }
assert changed.isEmpty(): "sources changed (sha256, size, mtime, path):\n${changed.join('\n')}\nnow:\n${now.join('\n')}"
assert !new File(basedir, 'pwned').exists()

// The odd names reach the jar and the local repository unchanged.
def jar = new File(basedir, 'target/sources-untouched-1.0.0.jar')
def installed = new File(localRepositoryPath, 'dev/corpuskit/it/sources-untouched/1.0.0/sources-untouched-1.0.0.jar')
assert installed.bytes == jar.bytes
new JarFile(jar).withCloseable { j ->
    def names = j.entries().collect { it.name }
    ['with spaces/a file with spaces.txt', 'ünïcødé/日本語 🙂.txt', '$(touch pwned);`id`|&*?<>\'"!#.txt', '-rf.txt',
     'page with spaces & ünïcødé.txt', 'page.txt'].each { p ->
        assert names.any { it.endsWith('/data/' + p) }: "$p not in the jar: $names"
    }
}
println "sources-untouched: ${before.size()} sources unchanged after 5 builds"
return true
