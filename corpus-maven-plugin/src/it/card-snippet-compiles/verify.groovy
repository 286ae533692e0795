import java.util.jar.JarFile
import java.util.concurrent.TimeUnit
import javax.tools.ToolProvider

// The data card tells a user which artifacts to depend on and prints Java to paste. Both are taken
// from the card as printed: the reader's coordinates resolve, and the snippet, with its imports above
// a class and its statements in main, compiles and runs with only corpus-reader and the corpus.
def corpusJar = new File(basedir, 'target/snippet-corpus-1.0.0.jar')
def base = 'META-INF/corpus/dev.corpuskit.it/snippet-corpus/'
def card, manifest
new JarFile(corpusJar).withCloseable { j ->
    card = j.getInputStream(j.getEntry(base + 'README.md')).getText('UTF-8')
    manifest = j.getInputStream(j.getEntry(base + 'manifest.tsv')).getText('UTF-8')
}

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
