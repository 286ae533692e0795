import java.util.zip.ZipFile

// cleaning.json stays in target/corpus-reports/ but is neither in the jar nor named by its descriptors,
// and the jar is still reproducible: the rebuilt one is byte-identical to the installed one.
def rebuilt = new File(basedir, 'target/unpublished-cleaning-report-1.0.0.jar')
def installed = new File(localRepositoryPath,
    'dev/corpuskit/it/unpublished-cleaning-report/1.0.0/unpublished-cleaning-report-1.0.0.jar')
assert rebuilt.isFile() && installed.isFile()
assert rebuilt.bytes == installed.bytes: 'rebuild is not byte-identical'
assert new File(basedir, 'target/corpus-reports/cleaning.json').isFile(): 'cleaning.json missing from target/'

def base = 'META-INF/corpus/dev.corpuskit.it/unpublished-cleaning-report/'
new ZipFile(rebuilt).withCloseable { zip ->
  def names = zip.entries().collect { it.name }
  assert names.contains(base + 'validation.json')
  assert !names.any { it.endsWith('cleaning.json') }: "cleaning.json published: $names"
  for (descriptor in ['README.md', 'datapackage.json', 'croissant.json']) {
    def text = zip.getInputStream(zip.getEntry(base + descriptor)).text
    assert !text.contains('cleaning.json'): "$descriptor names cleaning.json"
  }
}
def log = new File(basedir, 'build.log').text
assert log.count('Packaged 2 documents') == 2
return true
