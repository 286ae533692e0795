// corpus.<goal>.skip skips that goal alone, and says which property did it; clean still runs and says
// how many files the selection took and how many <excludes> left out.
def log = new File(basedir, 'build.log').text
assert log.contains('Skipping corpus:validate (corpus.validate.skip=true)')
assert log.contains('Skipping corpus:package (corpus.package.skip=true)')
assert !log.contains('Skipping corpus:clean')
assert log.contains('Selected 1 of 2 files in src/main/corpus (1 left out by <includes>/<excludes>)')
assert new File(basedir, 'target/corpus/000_5c79cd4b06b37693.txt').isFile(): 'clean did not run'
assert !new File(basedir, 'target/corpus/draft.txt').exists()
assert !new File(basedir, 'target/goal-skip-1.0.0.jar').exists(): 'package did not skip'
return true
