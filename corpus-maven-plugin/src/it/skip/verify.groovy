// corpus.skip skips every goal, says so, and touches nothing: the broken file is never read.
def log = new File(basedir, 'build.log').text
['validate', 'clean', 'package'].each { goal ->
    assert log.contains("Skipping corpus:$goal (corpus.skip=true)"): "no skip message for $goal"
}
assert !new File(basedir, 'target/corpus-reports').exists()
assert !new File(basedir, 'target/corpus').exists()
assert !new File(basedir, 'target/skip-1.0.0.jar').exists()
return true
