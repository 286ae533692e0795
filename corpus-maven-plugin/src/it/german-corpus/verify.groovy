import groovy.json.JsonSlurper
import java.util.jar.JarFile

// German pages with <language>de</language>: the German lexicon removes German boilerplate, and the
// descriptors say de. build.log holds both invocations.
def log = new File(basedir, 'build.log').text
assert log.contains('Packaged 2 documents')

def text = new File(basedir, 'target/corpus/radweg.txt').getText('UTF-8')
assert !text.contains('Teilen Sie diesen Artikel')
assert !text.contains('Auf Facebook teilen')
assert !text.contains('Lesen Sie auch:')
assert !text.contains('Von Martina Albrecht')
assert text.contains('Der Radweg zwischen der Altstadt und dem Hafen wird länger als geplant.')
def page = new File(basedir, 'target/corpus/rundschau/fernwaerme.txt').getText('UTF-8')
assert page.contains('Fernwärmenetz')
assert !page.contains('Teilen Sie diesen Artikel')

def cleaning = new JsonSlurper().parse(new File(basedir, 'target/corpus-reports/cleaning.json'))
def steps = cleaning.audit.find { it.path == 'radweg.txt' }.changes*.step
assert steps.contains('boilerplate/share-prompt')
assert steps.contains('boilerplate/see-also')
assert steps.contains('boilerplate/byline')

def base = 'META-INF/corpus/dev.corpuskit.it/german-corpus/'
new JarFile(new File(basedir, 'target/german-corpus-1.0.0.jar')).withCloseable { j ->
    def dataPackage = new JsonSlurper().parse(j.getInputStream(j.getEntry(base + 'datapackage.json')))
    assert dataPackage.languages == ['de']
    def croissant = new JsonSlurper().parse(j.getInputStream(j.getEntry(base + 'croissant.json')))
    assert croissant.inLanguage == 'de'
    assert croissant['@context']['@language'] == 'de'
}

// 2: <language>xx</language> fails before reading the corpus, and names the languages there are.
assert log.contains("Invalid <language> (corpus.language): unknown language 'xx'; known: de, en.")
return true
