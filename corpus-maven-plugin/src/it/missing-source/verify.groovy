// A corpus folder that is not there (the default src/main/corpus of a new project, a typo) or that is a
// file fails before anything is written, naming <sourceDirectory>, its property, the path and the fix.
def log = new File(basedir, 'build.log').text
def missing = new File(basedir, 'src/main/corpus')
assert log.contains("Invalid <sourceDirectory> (corpus.sourceDirectory): the corpus folder ${missing.path} does not"
    + ' exist. Put the documents there, or point <sourceDirectory> (-Dcorpus.sourceDirectory=DIR) at the folder'
    + ' that holds the documents.'): 'build 1 names <sourceDirectory> and the missing path'
assert log =~ /the corpus folder \S*notes\.txt is not a directory\. Move the file away, or point <sourceDirectory>/:
    'build 2 names the file'
def failures = log.readLines().findAll { it.startsWith('[ERROR] Failed to execute goal') }
assert failures.size() == 2: failures
assert failures.every { it.contains('Invalid <sourceDirectory> (corpus.sourceDirectory)') && !it.contains('Exception') }:
    "the message is not the JDK's exception: $failures"
assert !new File(basedir, 'target/corpus-reports').exists(): 'nothing is written'
assert !new File(localRepositoryPath, 'dev/corpuskit/it/missing-source').exists(): 'nothing is installed'
return true
