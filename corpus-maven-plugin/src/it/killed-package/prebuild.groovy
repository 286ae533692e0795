// Generates the corpus: pseudo-random English-like documents from a fixed seed, so that every run builds
// the same bytes. Sized so that packaging takes about a second or more (see verify.groovy).
def corpus = new File(basedir, 'src/main/corpus')
def documents = Integer.getInteger('killed.documents', 1000)
def random = new Random(20260101L)
def syllables = ['ka', 'lo', 'mi', 'ren', 'tos', 'va', 'qui', 'sel', 'dor', 'an', 'be', 'run', 'ti', 'gha',
                 'po', 'les', 'ur', 'fen', 'zi', 'mar', 'co', 'nel', 'ast', 'wy']
def vocabulary = (1..4000).collect {
    def n = 1 + random.nextInt(3)
    (1..n).collect { syllables[random.nextInt(syllables.size())] }.join('')
}.unique()
for (int d = 0; d < documents; d++) {
    def folder = new File(corpus, String.format('part-%02d', d % 20))
    folder.mkdirs()
    def text = new StringBuilder()
    text.append("Document ${d}\n\n")
    int paragraphs = 20 + random.nextInt(10)
    for (int p = 0; p < paragraphs; p++) {
        int words = 80 + random.nextInt(60)
        def sentence = new StringBuilder()
        for (int w = 0; w < words; w++) {
            def word = vocabulary[random.nextInt(vocabulary.size())]
            if (sentence.length() == 0) {
                word = word.capitalize()
            }
            sentence.append(word)
            sentence.append(random.nextInt(12) == 0 ? '. ' : ' ')
        }
        text.append(sentence.toString().trim()).append(".\n\n")
    }
    new File(folder, String.format('doc-%05d.txt', d)).setText(text.toString().trim() + '\n', 'UTF-8')
}
println "Generated ${documents} documents in ${corpus}"
return true
