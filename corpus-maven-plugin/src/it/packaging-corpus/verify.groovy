import java.util.jar.JarFile

// <packaging>corpus</packaging> with the plugin as an extension: the lifecycle alone validates,
// cleans, packages and installs, and the artifact is a jar that describes itself.
def log = new File(basedir, 'build.log').text
['validate (default-validate)', 'clean (default-clean)', 'package (default-package)'].each {
    // Maven 3.9 logs the goal prefix, 3.8 the artifact id.
    assert log =~ /--- (corpus|corpus-maven-plugin):[^:]+:\Q$it\E @ packaged-corpus ---/: "lifecycle did not run $it"
}
assert log =~ /--- (install|maven-install-plugin):3\.2\.0:install \(default-install\) @ packaged-corpus ---/

def dir = new File(localRepositoryPath, 'dev/corpuskit/it/packaged-corpus/1.0.0')
def jar = new File(dir, 'packaged-corpus-1.0.0.jar')
def pom = new File(dir, 'packaged-corpus-1.0.0.pom')
assert jar.isFile(): "not installed as a jar: $jar"
assert pom.text.contains('<packaging>corpus</packaging>')

def base = 'META-INF/corpus/dev.corpuskit.it/packaged-corpus/'
new JarFile(jar).withCloseable { j ->
    ['datapackage.json', 'croissant.json', 'README.md', 'manifest.tsv', 'SHA256SUMS',
     'validation.json', 'cleaning.json', 'data/000_5c79cd4b06b37693.txt'].each {
        assert j.getEntry(base + it) != null: "missing $it"
    }
    def dp = new groovy.json.JsonSlurper().parse(j.getInputStream(j.getEntry(base + 'datapackage.json')))
    assert dp.name == 'packaged-corpus'
    assert dp.version == '1.0.0'
    assert dp.homepage == 'https://example.org/corpora/packaged-corpus'
    assert dp.licenses[0].name == 'CC-BY-4.0'
    assert dp.sources[0].path == 'https://example.org/crawl/2019'
    assert dp.resources*.path == ['data/000_5c79cd4b06b37693.txt', 'data/001_f0d43eef8eea6572.txt']
    def card = j.getInputStream(j.getEntry(base + 'README.md')).getText('UTF-8')
    // Front matter for the Hugging Face Hub first, then the card.
    assert card.startsWith('---\npretty_name: "News about Syria, 2019"\nlicense: "cc-by-4.0"\n')
    assert card.contains('\n---\n\n# News about Syria, 2019\n')
    assert card.contains('| Documents | 2 |')
}
return true
