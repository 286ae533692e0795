import java.util.jar.JarFile
import java.util.concurrent.TimeUnit
import javax.tools.ToolProvider

// The data card tells a user which artifacts to depend on and prints Java to paste. Both are taken
// from the card as printed: the reader's coordinates resolve, and the snippet, with its imports above
// a class and its statements in main, compiles and runs with only corpus-reader and the corpus.
// The card opens with front matter the Hugging Face Hub reads, parsed here by a YAML parser; it and
// croissant.json name the POM's organization, developers, licence and citation.
def corpusJar = new File(basedir, 'target/snippet-corpus-1.0.0.jar')
def base = 'META-INF/corpus/dev.corpuskit.it/snippet-corpus/'
def card, manifest, croissantBytes
def descriptors = [:]
new JarFile(corpusJar).withCloseable { j ->
    card = j.getInputStream(j.getEntry(base + 'README.md')).getText('UTF-8')
    manifest = j.getInputStream(j.getEntry(base + 'manifest.tsv')).getText('UTF-8')
    ['README.md', 'croissant.json', 'datapackage.json'].each { name ->
        descriptors[name] = j.getInputStream(j.getEntry(base + name)).bytes
    }
}

// The same bytes, unzipped, in the reports folder.
descriptors.each { name, bytes ->
    def file = new File(basedir, "target/corpus-reports/$name")
    assert file.isFile(): "no $name in target/corpus-reports"
    assert file.bytes == bytes: "target/corpus-reports/$name differs from the jar's"
}

// The front matter: only `key: "value"`, `key:` and `- "value"` lines, each value quoted.
assert card.startsWith('---\n'): card.take(200)
def end = card.indexOf('\n---\n', 3)
assert end > 0: 'the front matter is not closed'
def frontText = card.substring(4, end + 1)
frontText.readLines().each { line ->
    assert line ==~ /[a-z_]+:( "([^"\\]|\\.)*")?|- "([^"\\]|\\.)*"/: "not a plain front-matter line: $line"
}
def yamlJars = new File(localRepositoryPath, 'org/yaml/snakeyaml').listFiles()
    ?.collectMany { dir -> dir.listFiles().findAll { it.name ==~ /snakeyaml-[0-9.]+\.jar/ } }
assert yamlJars: "snakeyaml is not in $localRepositoryPath (the invoker's extraArtifacts)"
def yamlLoader = new URLClassLoader([yamlJars[0].toURI().toURL()] as URL[], getClass().classLoader)
def front = yamlLoader.loadClass('org.yaml.snakeyaml.Yaml').getConstructor().newInstance().load(frontText)
assert front.pretty_name == 'News about Syria: "the end", 2019 # #1 - \'IS\''
assert front.license == 'cc-by-4.0'
assert front.language == ['en']
assert front.size_categories == ['n<1K']
assert front.task_categories == ['text-generation']
def cardBody = card.substring(end + 5)
def citation = '@misc{snippet2026,\ntitle = {News about Syria: "the end"},\nnote = {Example Lab, 2026}\n}'
assert cardBody.contains('## Intended use\n\nTesting that a data card\'s snippet compiles: not for training.\n'): cardBody
assert cardBody.contains('## Limitations\n\nTwo articles: "tiny" by design.\n'): cardBody
assert cardBody.contains('## Personal data\n\nNames of public figures, as the articles print them.\n'): cardBody
assert cardBody.contains('## Citation\n\n```bibtex\n' + citation + '\n```\n'): cardBody
assert cardBody.contains('| Creators | [Example Lab: News &amp; Archives](https://example.org/lab), Jane "JD" Doe'
    + ' (jane@example.org), [rroe](https://example.org/~rroe) |'): cardBody

def croissant = new groovy.json.JsonSlurper().parse(descriptors['croissant.json'])
assert croissant.citeAs == citation
assert croissant.creator == [
    ['@type': 'sc:Organization', name: 'Example Lab: News & Archives', url: 'https://example.org/lab'],
    ['@type': 'sc:Person', name: 'Jane "JD" Doe', email: 'jane@example.org'],
    ['@type': 'sc:Person', name: 'rroe', url: 'https://example.org/~rroe']]
def dataPackage = new groovy.json.JsonSlurper().parse(descriptors['datapackage.json'])
assert dataPackage.contributors*.title == ['Example Lab: News & Archives', 'Jane "JD" Doe', 'rroe']

def xml = (card =~ /(?s)```xml\n(.*?)```/)[0][1]
def reader = (xml =~ /<groupId>dev\.corpuskit<\/groupId>\n  <artifactId>corpus-reader<\/artifactId>\n  <version>([^<]+)<\/version>/)
assert reader.find(): "the card does not name corpus-reader:\n$xml"
assert !xml.contains('corpus-core'): "the card names corpus-core:\n$xml"
def version = reader.group(1)
def readerJar = new File(localRepositoryPath, "dev/corpuskit/corpus-reader/$version/corpus-reader-${version}.jar")
assert readerJar.isFile(): "the card's corpus-reader $version does not resolve: $readerJar"

def snippet = (card =~ /(?s)```java\n(.*?)```/)[0][1]
def imports = snippet.readLines().findAll { it.startsWith('import ') }
def body = snippet.readLines().findAll { !it.startsWith('import ') }
assert imports: "the snippet prints no imports:\n$snippet"
def src = new File(basedir, 'target/snippet/src')
def classes = new File(basedir, 'target/snippet/classes')
src.mkdirs()
classes.mkdirs()
def source = new File(src, 'ReadIt.java')
source.setText(imports.join('\n') + '\n\npublic class ReadIt {\n  public static void main(String[] args) throws Exception {\n'
    + body.collect { '    ' + it }.join('\n') + '\n  }\n}\n', 'UTF-8')

def classpath = [readerJar, corpusJar]*.absolutePath.join(File.pathSeparator)
def compiler = ToolProvider.getSystemJavaCompiler()
def diagnostics = new StringWriter()
def fileManager = compiler.getStandardFileManager(null, null, null)
def compiled = compiler.getTask(diagnostics, fileManager, null,
    ['-d', classes.absolutePath, '-classpath', classpath, '--release', '17', '-proc:none'],
    null, fileManager.getJavaFileObjects(source)).call()
assert compiled: "the card's snippet does not compile as printed:\n${source.text}\n$diagnostics"

def java = new File(System.getProperty('java.home'), 'bin/java').absolutePath
def process = new ProcessBuilder(java, '-cp', classes.absolutePath + File.pathSeparator + classpath, 'ReadIt')
    .redirectErrorStream(true).start()
def out = process.inputStream.getText('UTF-8')
assert process.waitFor(60, TimeUnit.SECONDS)
assert process.exitValue() == 0: "the snippet failed:\n$out"

// One line per document, in manifest order, with the manifest's word count (id, path, bytes, words, ...).
def expected = manifest.readLines().findAll { it && !it.startsWith('#') && !it.startsWith('id\t') }
    .collect { def f = it.split('\t'); "${f[0]}: ${f[3]} words".toString() }
assert expected.size() == 2: manifest
assert out.readLines() == expected
return true
