import java.nio.file.Files
import java.security.MessageDigest
import java.util.concurrent.TimeUnit
import java.util.zip.ZipFile

// A real Maven build killed with SIGKILL while `corpus:package` writes the jar leaves the previous jar
// byte for byte, or no jar if there was none, never a truncated one; and the next build recovers: a
// complete, new jar and no temporary file left behind.
//
// Build 1 was run by the invoker. Builds 2 to 4 are child Maven processes run from here, with the
// invoker's Maven, local repository and an equivalent settings file, offline.

def started = System.nanoTime()
def target = new File(basedir, 'target')
def jarName = 'killed-package-1.0.0.jar'
def jar = new File(target, jarName)
def tempPrefix = '.' + jarName + '.'   // AtomicFiles: .<name>.<pid>.<random>.tmp beside the target

def sha256 = { File f -> MessageDigest.getInstance('SHA-256').digest(f.bytes).encodeHex().toString() }
// Only the jar's own temporary file: not the packager's scratch files beside it (.<name>.<pid>.<random>.spool.tmp
// for the reports deflated ahead, .central.tmp for the central directory), which a kill may leave too.
def jarTemp = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(tempPrefix) + '\\d+\\.\\d+\\.tmp')
def temps = { File dir ->
    (dir.listFiles() ?: []).findAll { jarTemp.matcher(it.name).matches() }
}
// Opens the jar and reads every entry to its end: a truncated or corrupt jar throws.
def readAll = { File f ->
    int n = 0
    new ZipFile(f).withCloseable { zip ->
        zip.entries().each { e -> zip.getInputStream(e).withCloseable { it.transferTo(OutputStream.nullOutputStream()) }; n++ }
    }
    n
}

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert jar.isFile(): "build 1 made no jar"
int entries1 = readAll(jar)

// The invoker's settings point at its local repository as a remote one; ours do the same.
def settings = new File(basedir, 'child-settings.xml')
def repoUrl = new File(localRepositoryPath.toString()).toURI().toString()
settings.setText("""<settings><profiles><profile><id>it-repo</id>
<activation><activeByDefault>true</activeByDefault></activation>
<repositories><repository><id>local.central</id><url>${repoUrl}</url></repository></repositories>
<pluginRepositories><pluginRepository><id>local.central</id><url>${repoUrl}</url></pluginRepository></pluginRepositories>
</profile></profiles></settings>""", 'UTF-8')
def mvn = new File(System.getProperty('maven.home'), 'bin/mvn')
assert mvn.canExecute(): "no Maven at $mvn"

def maven = { String name ->
    def pb = new ProcessBuilder(mvn.path, '-B', '-o', '-e', '-s', settings.path,
            "-Dmaven.repo.local=${localRepositoryPath}", 'package')
    pb.directory(basedir)
    pb.environment().put('JAVA_HOME', System.getProperty('java.home'))
    pb.environment().remove('MAVEN_ARGS')
    pb.redirectErrorStream(true)
    pb.redirectOutput(new File(basedir, name + '.log'))
    pb.start()
}

// Changes one document, so that the next jar differs from the last one.
def corpus = new File(basedir, 'src/main/corpus')
int change = 0
def changeCorpus = {
    change++
    new File(corpus, "part-00/doc-00000.txt").append("Changed ${change} before a killed build.\n", 'UTF-8')
}
// Adds documents, when a build finished before it could be killed.
def grow = { int more ->
    def one = new File(corpus, 'part-01/doc-00001.txt').getText('UTF-8')
    (1..more).each { i ->
        def f = new File(corpus, "extra/extra-${change}-${i}.txt")
        f.parentFile.mkdirs()
        f.setText("Extra ${change} ${i}\n\n" + one.readLines().reverse().join('\n') + "\n", 'UTF-8')
    }
}

// Starts `mvn package` on a changed corpus and kills it with SIGKILL, with its whole process tree, once its
// temporary jar holds 256 KiB. Polls every 20 ms. Retries with a larger corpus if the build was too quick
// to be caught, rather than pass without a kill. Returns the attempt, the killed build's temporary file
// and the jar's SHA-256 before the build (null if there was none).
def killDuringPackage = { String label ->
    for (int attempt = 1; attempt <= 3; attempt++) {
        def previous = jar.isFile() ? sha256(jar) : null
        changeCorpus()
        def before = temps(target)*.name as Set
        def t0 = System.nanoTime()
        def proc = maven("${label}-attempt-${attempt}")
        def caught = null
        while (proc.isAlive()) {
            def t = temps(target).find { !before.contains(it.name) && it.length() >= 256 * 1024 }
            if (t != null) {
                caught = t
                break
            }
            Thread.sleep(20)
        }
        if (caught == null) {
            println "${label} attempt ${attempt}: the build ended (exit ${proc.waitFor()}) before it could be killed; growing the corpus"
            assert proc.exitValue() == 0: "${label} failed: see ${label}-attempt-${attempt}.log"
            grow(500 * attempt)
            if (previous == null) jar.delete()
            continue
        }
        def tree = [proc.toHandle()] + proc.toHandle().descendants().toList()
        tree.each { it.destroyForcibly() }   // SIGKILL on POSIX
        assert proc.waitFor(30, TimeUnit.SECONDS): 'the killed build did not end'
        tree.each { h -> h.onExit().get(30, TimeUnit.SECONDS) }
        def seconds = (System.nanoTime() - t0) / 1e9
        int exit = proc.exitValue()
        println String.format('%s attempt %d: killed after %.1f s (exit %d), temporary jar at %d bytes',
                label, attempt, seconds, exit, caught.length())
        assert exit == 137: "the build was not killed by SIGKILL (exit $exit)"
        def pid = (caught.name.substring(tempPrefix.length()) =~ /^(\d+)\./)[0][1] as long
        assert tree*.pid().contains(pid): "the temporary jar $caught.name is not from the killed process tree ${tree*.pid()}"
        assert !ProcessHandle.of(pid).map { it.isAlive() }.orElse(false)
        if (!caught.exists()) {
            // The move happened between our look and the kill: the new jar must then be complete.
            println "${label} attempt ${attempt}: the jar was moved into place before the kill landed; retrying"
            readAll(jar)
            continue
        }
        return [attempt: attempt, previous: previous, temp: caught, seconds: seconds]
    }
    assert false: "could not kill ${label} while it wrote the jar in 3 attempts: make the corpus larger"
}
def partial = { File f ->
    assert f.isFile()
    try { readAll(f); return false } catch (Exception e) { return true }
}

// Build 2 is killed with a previous jar: that jar stays, byte for byte, and reads to the end. The killed
// build's partial temporary jar is still there (a killed process cannot clean up), and it is no jar.
def killed = killDuringPackage('build-2')
assert killed.previous != null
assert jar.isFile(): 'the previous jar is gone'
assert sha256(jar) == killed.previous: 'the jar changed although its build was killed'
assert readAll(jar) == entries1
assert partial(killed.temp): 'the temporary jar of the killed build should be partial'

// Build 3 is killed without a previous jar: there is still none afterwards.
jar.delete()
def killedAgain = killDuringPackage('build-3')
assert killedAgain.previous == null
assert !jar.exists(): 'a killed build without a previous jar left one'
assert partial(killedAgain.temp)
def stale = [killed.temp, killedAgain.temp]

// Build 4 recovers: a complete jar of the changed corpus, and both stale temporary jars are gone.
def t3 = System.nanoTime()
def proc3 = maven('build-4')
assert proc3.waitFor(300, TimeUnit.SECONDS)
assert proc3.exitValue() == 0: 'build 4 failed: see build-4.log'
def seconds3 = (System.nanoTime() - t3) / 1e9
assert new File(basedir, 'build-4.log').text.contains('Packaged ')
assert jar.isFile()
assert sha256(jar) != killed.previous: 'build 4 should package the changed corpus'
assert readAll(jar) >= entries1
stale.each { assert !it.exists(): "the stale temporary jar $it.name of a killed build was not deleted" }
def anyTemp = []
target.eachFileRecurse { if (it.name.endsWith('.tmp')) anyTemp << it }
assert anyTemp.isEmpty(): "temporary files left in target/: $anyTemp"

println String.format('killed-package: killed after %.1f s (attempt %d) and %.1f s (attempt %d); recovery build %.1f s; jar %d bytes; verify %.1f s',
        killed.seconds, killed.attempt, killedAgain.seconds, killedAgain.attempt, seconds3, jar.length(), (System.nanoTime() - started) / 1e9)
return true
