// A folder of someone else's files where the output is mistyped to go: a git work tree (its .git
// folder written by hand, so that the test needs no git) with a README; and target/corpus as an
// earlier version of the plugin left it, without a record: a cleaned document whose source is gone.
def write = { String path, String text ->
    def f = new File(basedir, path)
    f.parentFile.mkdirs()
    f.setText(text, 'UTF-8')
}
write('other/README.md', 'r\n')
write('other/.git/HEAD', 'ref: refs/heads/main\n')
write('other/.git/config', '[core]\n\trepositoryformatversion = 0\n')
write('other/.git/objects/8a/b686eafeb1f44702738c8b0f24f2567c36da6d', 'x')
write('target/corpus/gone.txt', 'cleaned by an earlier version from a source since deleted\n')
write('target/corpus/one.txt', 'an older cleaning of one\n')
return true
