// The exported file, read back as <configFile> by a build without the POM's settings, cleans to the
// same bytes: the cleaned documents, manifest.tsv, validation.json, cleaning.json and the review page.
def target = new File(basedir, 'target')
def exported = new File(target, 'corpuskit.yaml').text
assert exported.contains('"min-words":')
assert exported.contains('severity: "OFF"')
assert exported.contains('- "repeated-paragraphs"')
assert exported.contains('"c4.minWordsPerLine": "2"')
assert exported.contains('auditDetail: "full"')
assert exported.contains('sourceDirectory: "../src/main/corpus"')
assert exported.contains('artifactId: "config-file"')

def files = { File root ->
  def map = [:]
  root.eachFileRecurse(groovy.io.FileType.FILES) { map[root.toPath().relativize(it.toPath()).toString()] = it.bytes }
  map
}
def fromPom = files(new File(target, 'corpus'))
def fromFile = files(new File(target, 'from-file/corpus'))
assert fromPom.keySet() == fromFile.keySet()
assert !fromPom.isEmpty()
fromPom.each { name, bytes -> assert Arrays.equals(bytes, fromFile[name]) : name }
['validation.json', 'cleaning.json', 'index.html'].each { name ->
  assert Arrays.equals(new File(target, "corpus-reports/${name}").bytes, new File(target, "from-file/reports/${name}").bytes) : name
}
def cleaning = new File(target, 'from-file/reports/cleaning.json').text
assert !cleaning.contains('"repeated-paragraphs"')

def log = new File(basedir, 'build.log').text
assert log.contains('Wrote the effective configuration to')
def bad = new File(basedir, 'bad.yaml').path
assert log.contains("Invalid <configFile>: ${bad}:4:16: rules.near-duplicate.threshold: must be between 0.0 and 1.0, was 1.5.")
return true
