import groovy.json.JsonSlurper

// A user's lexicon adds boilerplate rules, audited under their own ids; the rules, not the file's name
// or comments, decide whether the corpus is cleaned again. build.log holds all four invocations.
def log = new File(basedir, 'build.log').text
def text = new File(basedir, 'target/corpus/harbour.txt').text
assert !text.contains('Presented by Acme Widgets')
assert text.contains('The harbour bridge will reopen to traffic on Monday')

// 2: the same rules: the clean keeps what it made.
assert log.count('Nothing changed since the last clean: kept 2 cleaned documents and the reports') == 1
// 3: a rule more: cleaned again, the tip line goes under its own id.
assert !text.contains('Harbour Weekly tip line')
def cleaning = new JsonSlurper().parse(new File(basedir, 'target/corpus-reports/cleaning.json'))
def steps = cleaning.audit.collectMany { it.changes*.step }
assert steps.count('boilerplate/user:sponsor') == 2
assert steps.count('boilerplate/user:tip-line') == 2
assert cleaning.changesByStep['boilerplate/user:tip-line'] == 2

// 4: a bad pattern names the file, the line and RE2's complaint.
def broken = new File(basedir, 'lexicon-broken.tsv').path
assert log.contains("Invalid <lexicon> (corpus.lexicon): ${broken}:2: pattern of rule 'tip-line' is not RE2: ")
assert log.contains('missing closing )')
return true
