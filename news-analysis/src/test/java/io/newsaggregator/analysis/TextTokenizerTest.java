package io.newsaggregator.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTokenizerTest {

    private final TextTokenizer tokenizer = new TextTokenizer();
    private final LanguageProfile english = LanguageProfiles.forLanguage("en");

    @Test
    void countsSentencesAndKeepsSurfaceForms() {
        TokenizedText text = tokenizer.tokenize("The vote was close. Turnout rose! Who won?", english);

        assertThat(text.sentenceCount()).isEqualTo(3);
        assertThat(text.tokens()).extracting(Token::surface)
                .containsExactly("The", "vote", "was", "close", "Turnout", "rose", "Who", "won");
        assertThat(text.tokens()).extracting(Token::sentence).containsExactly(0, 0, 0, 0, 1, 1, 2, 2);
    }

    @Test
    void breaksPhrasesAtPunctuationButNotInsideHyphenatedWords() {
        List<Token> tokens = tokenizer.tokenize("Grammy-winning singer, pop star - again", english).tokens();

        assertThat(tokens).extracting(Token::breakBefore).containsExactly(true, false, false, true, false, true);
    }

    @Test
    void marksNumbersAsNonContentWords() {
        List<Token> tokens = tokenizer.tokenize("300 guests", english).tokens();

        assertThat(tokens.get(0).numeric()).isTrue();
        assertThat(tokens.get(0).contentWord()).isFalse();
        assertThat(tokens.get(1).contentWord()).isTrue();
    }

    @Test
    void givesNoTokensForBlankText() {
        assertThat(tokenizer.tokenize("  \n", english)).isEqualTo(TokenizedText.empty());
        assertThat(tokenizer.tokenize(null, english).tokens()).isEmpty();
    }
}
