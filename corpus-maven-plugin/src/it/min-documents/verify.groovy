// A corpus of no document fails by default (<minDocuments> 1), naming the globs and what they left out.
def log = new File(basedir, 'build.log').text
def expected = 'corpus:validate selected 0 of the 2 files in src/main/corpus: <includes> **/*.text and' +
    ' <excludes> (none) left out 2, but at least 1 (<minDocuments>) is required. Check the globs for a typo' +
    ' (for example **/*.txt), or set <minDocuments>0</minDocuments> (-Dcorpus.minDocuments=0) to allow an' +
    ' empty corpus.'
assert log.contains(expected): 'no message naming the globs and <minDocuments>'
assert !log.contains('Packaged 0 documents')
assert !new File(basedir, 'target/corpus-reports').exists(): 'nothing is written'
assert !new File(basedir, 'target/min-documents-1.0.0.jar').exists()
assert !new File(localRepositoryPath, 'dev/corpuskit/it/min-documents').exists(): 'nothing is installed'
return true
