// The evaluation corpus was installed and resolved by coordinates; the training corpus that holds an
// edited copy of one of its documents failed with 'contamination' naming both documents; the one
// without copies passed against the same corpus.
def log = new File(basedir, 'build.log').text
assert new File(localRepositoryPath, 'dev/corpuskit/it/eval-corpus/1.0.0/eval-corpus-1.0.0.jar').isFile()

def findings = log.readLines().findAll { it.contains('contains a copy of') }
assert findings.size() == 1: "one contamination finding: $findings"
def finding = findings[0]
assert finding.startsWith('[ERROR] src/main/corpus/wire-copy.txt'): finding
assert finding.contains('contains a copy of eval-corpus-1.0.0.jar!syria-caliphate (Jaccard 0.'): finding
assert finding.contains('a verbatim run of '): finding
assert finding.contains('drop eval-corpus-1.0.0.jar from \'against\''): finding
assert log.contains('Corpus validation failed: 1 errors'): 'the training build fails on the finding'
assert !new File(basedir, 'training/target/training-corpus-1.0.0.jar').exists(): 'nothing packaged'

assert new File(basedir, 'clean-training/target/clean-training-corpus-1.0.0.jar').isFile(): 'the corpus without copies is packaged'
def validation = new File(basedir, 'clean-training/target/corpus-reports/validation.json').text
assert !validation.contains('contains a copy of')
assert validation =~ /"against": \[\s*\{\s*"file": "eval-corpus-1\.0\.0\.jar",\s*"sha256": "[0-9a-f]{64}"/: 'validation.json names the corpus checked against'
return true
