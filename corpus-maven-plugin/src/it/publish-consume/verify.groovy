// The deployed corpus sits in repository layout with its pom and checksums, and the consumer resolved
// it from there into a fresh local repository and read it with full verification.
def remote = new File(basedir, 'remote-repo/dev/corpuskit/it/news-corpus/1.0.0')
['news-corpus-1.0.0.jar', 'news-corpus-1.0.0.pom'].each { name ->
    assert new File(remote, name).isFile(): "not deployed: $name"
    ['.sha1', '.md5'].each { assert new File(remote, name + it).isFile(): "no checksum $name$it" }
}
assert new File(remote, 'news-corpus-1.0.0.pom').text.contains('<packaging>corpus</packaging>')
assert new File(basedir, 'remote-repo/dev/corpuskit/it/news-corpus/maven-metadata.xml').isFile()
def sha1 = java.security.MessageDigest.getInstance('SHA-1').digest(new File(remote, 'news-corpus-1.0.0.jar').bytes).encodeHex().toString()
assert new File(remote, 'news-corpus-1.0.0.jar.sha1').text.trim() == sha1

assert !new File(localRepositoryPath, 'dev/corpuskit/it/news-corpus/1.0.0/news-corpus-1.0.0.jar').exists(): 'the corpus must not be installed'
def resolved = new File(basedir, 'fresh-repo/dev/corpuskit/it/news-corpus/1.0.0')
assert new File(resolved, 'news-corpus-1.0.0.jar').bytes == new File(remote, 'news-corpus-1.0.0.jar').bytes
assert new File(resolved, '_remote.repositories').text.contains('corpus-remote')

// The consumer depends on corpus-reader only: neither the core nor its libraries were resolved.
assert new File(basedir, 'fresh-repo/dev/corpuskit/corpus-reader').isDirectory()
['dev/corpuskit/corpus-core', 'org/jsoup', 'com/google/re2j', 'org/apache/commons/commons-text',
 'com/fasterxml/jackson'].each {
    assert !new File(basedir, 'fresh-repo/' + it).exists(): "the consumer resolved $it"
}

def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 4, Failures: 0, Errors: 0, Skipped: 0')
return true
