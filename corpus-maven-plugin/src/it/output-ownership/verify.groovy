// build.log holds the three builds, one after the other.
def log = new File(basedir, 'build.log').text
def other = new File(basedir, 'other')
def files = { File dir ->
    def found = [] as SortedSet
    dir.eachFileRecurse(groovy.io.FileType.FILES) { found << dir.toPath().relativize(it.toPath()).toString().replace('\\', '/') }
    found
}

// 1: refused, naming the folder and the parameters; nothing written or deleted there.
assert log.contains("Invalid <outputDirectory> (corpus.outputDirectory): the output directory ${other.path} holds files that corpuskit did not write"):
    'build 1 is refused with a message naming the folder'
assert log.contains('-Dcorpus.adoptOutputDirectory=true')

// 2: adopted: the documents are cleaned into it, every file it did not write kept, and a warning says so.
assert files(other) == ['.corpuskit-output', '.git/HEAD', '.git/config',
    '.git/objects/8a/b686eafeb1f44702738c8b0f24f2567c36da6d', 'README.md', 'one.txt', 'two.txt'] as SortedSet:
    "files in other/: ${files(other)}"
assert new File(other, 'README.md').text == 'r\n'
assert new File(other, '.git/HEAD').text == 'ref: refs/heads/main\n'
assert log.contains("[WARNING] ${other.path} holds 4 files that corpus:clean did not write (.git/HEAD, .git/config, .git/objects/8a/b686eafeb1f44702738c8b0f24f2567c36da6d, ...): left in place")

// 3: the earlier version's target/corpus is adopted without asking; its stale document is removed.
def out = new File(basedir, 'target/corpus')
assert files(out) == ['.corpuskit-output', 'one.txt', 'two.txt'] as SortedSet: "files in target/corpus: ${files(out)}"
assert new File(out, 'one.txt').getText('UTF-8').startsWith('The river rose quickly')
assert log.contains("Removed 1 file of earlier cleans from ${out.path}")
return true
