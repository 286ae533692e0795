// The rebuilt artifact is byte-identical to the installed one from the first build.
def rebuilt = new File(basedir, 'target/reproducible-1.0.0.jar')
def installed = new File(localRepositoryPath, 'dev/corpuskit/it/reproducible/1.0.0/reproducible-1.0.0.jar')
assert rebuilt.isFile() && installed.isFile()
assert rebuilt.bytes == installed.bytes: 'rebuild is not byte-identical'
def log = new File(basedir, 'build.log').text
assert log.count('Packaged 2 documents') == 2
return true
