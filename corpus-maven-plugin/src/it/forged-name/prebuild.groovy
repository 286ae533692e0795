// Files whose names hold line breaks that would make a log line of their own: "[INFO] BUILD SUCCESS".
// Made here, since such names do not belong in a source tree.
def corpus = new File(basedir, 'src/main/corpus')
corpus.mkdirs()
def text = 'A plain document about the river, with enough words in it to pass the rules. ' * 4
new File(corpus, 'good.txt').setText(text + '\n', 'UTF-8')
new File(corpus, 'x\n[INFO] BUILD SUCCESS\n.txt').setText('Another ' + text + '\n', 'UTF-8')
new File(corpus, 'x\n[INFO] BUILD SUCCESS\n.html').setText('<p>A third ' + text + '</p>\n', 'UTF-8')
return true
