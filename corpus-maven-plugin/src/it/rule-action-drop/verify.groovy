import groovy.json.JsonSlurper
import java.util.jar.JarFile

// min-words at WARNING with action drop: the two short notes are reported, and left out of the
// cleaned folder, the manifest and the jar; the build does not fail (a WARNING).
def log = new File(basedir, 'build.log').text
assert log.contains('notes/closed.txt:1:1: only 2 words, fewer than the minimum of 50')
assert log.contains('Rules with action drop (min-words): validate only reports; clean and package leave the documents they report out of the corpus')
assert log.contains('min-words (action drop): kept 3, dropped 2 documents')
assert log.contains('Dropped 2 documents from the corpus, each audited under leftOut in cleaning.json')
assert log.contains('Packaged 3 documents')

def reports = new File(basedir, 'target/corpus-reports')
def cleaning = new JsonSlurper().parse(new File(reports, 'cleaning.json'))
assert cleaning.audit*.source == ['news/harbour.txt', 'news/market.txt', 'news/school.txt']
assert cleaning.documents == 3
assert cleaning.leftOut*.source == ['notes/closed.txt', 'notes/monday.txt']
assert cleaning.leftOut*.reason == ['rule', 'rule']
assert cleaning.leftOut[0].rules == [[rule: 'min-words', measure: 'words', value: 2, threshold: 50]]
assert cleaning.leftOut[1].rules == [[rule: 'min-words', measure: 'words', value: 6, threshold: 50]]
assert cleaning.dropped == [documents: 2, rules: ['min-words': [kept: 3, dropped: 2]]]
assert !new File(reports, 'manifest.tsv').text.contains('notes/')
assert !new File(basedir, 'target/corpus/notes').exists()

def validation = new JsonSlurper().parse(new File(reports, 'validation.json'))
assert validation.findings.findAll { it.rule == 'min-words' }*.measure ==
    [[name: 'words', value: 2, threshold: 50], [name: 'words', value: 6, threshold: 50]]

// Every document, dropped or kept, with what min-words measured, in path order.
def signals = new File(reports, 'quality-signals.jsonl').readLines().collect { new JsonSlurper().parseText(it) }
assert signals*.source == ['news/harbour.txt', 'news/market.txt', 'news/school.txt', 'notes/closed.txt',
    'notes/monday.txt']
assert signals.every { it.signals.keySet() as List == ['min-words'] }
assert signals*.signals*.'min-words'*.words.take(3).every { it >= 50 }
assert signals*.signals*.'min-words'*.words.drop(3) == [2, 6]
assert new File(reports, 'index.html').text.contains('id="quality-signals"')

def base = 'META-INF/corpus/dev.corpuskit.it/rule-action-drop/'
new JarFile(new File(basedir, 'target/rule-action-drop-1.0.0.jar')).withCloseable { j ->
    def names = j.entries().collect { it.name }
    assert names.contains(base + 'data/news/harbour.txt')
    assert names.contains(base + 'data/news/market.txt')
    assert names.contains(base + 'data/news/school.txt')
    assert !names.any { it.contains('notes/') }
}

// 2: an action that does not exist names the <rules> element, the rule and the values it takes.
assert log.contains("Invalid <rules> configuration: rule 'min-words', action: 'delete' is not an action; use report (the default) or drop. Fix the <rule> element with <id>min-words</id>")
return true
