namespace TermLint.Rules
{
    /// <summary>An LLM-class or foundation term of a sentence, with its noun phrase found once for every shape.</summary>
    internal readonly struct TermAt
    {
        public TermAt(Sentence s, int index)
        {
            Index = index;
            IsPlural = s[index].Term!.IsPlural;
            Start = NounPhrases.Start(s, index, out int determiner);
            Determiner = determiner;
            FollowsNoun = (index > 0 && s[index - 1].Kind == ElementKind.Term) || s.Is(index - 1, Prose.Lexicon.ModelNouns) || IsPossessiveModelNoun(s, index - 1);
            // A parenthesized list right after the term belongs to it: "text-LLMs and audio-LLMs (Whisper, AudioLM)".
            IsCoordinated = s.Is(index - 1, Prose.Lexicon.ListJoiners) && (s.Is(index - 2, Prose.Lexicon.ModelNouns) || (index >= 2 && s[index - 2].Kind == ElementKind.Term)) && !s.IsPunct(index + 1, '(');
        }

        /// <summary>
        /// Whether the term comes right after another term or after "model(s)": "vision models LLMs", "large language
        /// modals LLMS". Two nouns of the class in a row are not a noun phrase the term heads, and the text a fix
        /// writes ("… image models") must not turn the next term into a new claim.
        /// </summary>
        public bool FollowsNoun { get; }

        /// <summary>
        /// Whether the term is coordinated with another class noun before it: "generative models and LLMs, such as
        /// Stable Diffusion and ChatGPT". A list after it then belongs to both nouns, not to the term alone.
        /// </summary>
        public bool IsCoordinated { get; }

        /// <summary>The term's element.</summary>
        public int Index { get; }

        public bool IsPlural { get; }

        /// <summary>Where its noun phrase starts ("a small LLM": the "a").</summary>
        public int Start { get; }

        /// <summary>The phrase's determiner or possessive owner, or -1.</summary>
        public int Determiner { get; }

        public bool HasDeterminer => Determiner >= 0;

        /// <summary>"model's", "models'": what a fix writes for "LLM's" ("the image model's …"), still a noun of the class.</summary>
        private static bool IsPossessiveModelNoun(Sentence s, int i)
        {
            if (!s.IsWord(i) || !s[i].IsPossessive)
            {
                return false;
            }

            var token = s.Tokens[s[i].FirstToken];
            return Prose.Lexicon.ModelNouns.Contains(s.Text, token.Start, token.BaseLength);
        }
    }

    /// <summary>
    /// One named way a sentence says that a term classifies a single model ("X is an LLM", "the X LLM"). A shape
    /// returns the model's element, <see cref="NoMatch"/> to let the next shape try, or <see cref="Veto"/> when the
    /// sentence has that shape but takes the claim back (a negated or reported copula): then no later shape may
    /// read a claim into it.
    /// </summary>
    internal abstract class ClassShape
    {
        public const int NoMatch = -1;
        public const int Veto = -2;

        protected ClassShape(string name) => Name = name;

        public string Name { get; }

        public abstract int Match(Sentence s, in TermAt term);

        public override string ToString() => Name;
    }
}
