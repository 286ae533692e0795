// Skipping package on a project of packaging corpus, in a build that installs, fails in package with a
// message naming the skip and the way out; nothing is installed, and no earlier jar is attached.
def log = new File(basedir, 'build.log').text
assert log.contains('Skipping corpus:package (corpus.skip=true)')
assert log.contains('corpus:package is skipped (corpus.skip=true), so this project of packaging corpus has' +
    ' no corpus jar to install; a jar of an earlier build is not used, as it may be stale. Run without' +
    ' corpus.skip, or skip those too: -Dmaven.install.skip=true.')
assert !log.contains('did not assign'): "Maven's own message instead of the plugin's"
assert !(log =~ /--- (install|maven-install-plugin):[^ ]+:install /): 'install ran'
assert !new File(localRepositoryPath, 'dev/corpuskit/it/skip-corpus-packaging').exists()
return true
