using System.Collections.Generic;
using TermLint.Prose;

namespace TermLint.Rules
{
    /// <summary>A setting or a label that names the model: "LLM=text-embedding-3-small", "Default LLM: whisper-large-v3".</summary>
    internal sealed class SettingValue : ClassShape
    {
        public static readonly SettingValue Instance = new SettingValue();

        private SettingValue() : base(nameof(SettingValue)) { }

        public override int Match(Sentence s, in TermAt term)
        {
            int t = term.Index;
            if (s.IsPunct(t + 1, '=') && s.IsModel(t + 2))
            {
                return t + 2;
            }

            // "LLM: Stable Diffusion XL", "Default LLM: whisper-large-v3.": a label that opens the line, and the model
            // is all of its value ("LLM: Whisper transcribes, …" or "LLM: Whisper (speech) …" say more than that).
            bool label = !term.IsPlural && s.IsPunct(t + 1, ':') && s.IsModel(t + 2) && !s[t + 2].IsPossessive && s.StartsSentence(term.Start);
            return label && EndsValue(s, t + 3) ? t + 2 : NoMatch;
        }

        private static bool EndsValue(Sentence s, int i) => !s.InRange(i) || s.IsPunct(i, '.') || s.IsPunct(i, ';') || s.IsPunct(i, '!');
    }

    /// <summary>The term names the model after "called" or "named": "We use an LLM called Whisper for transcription."</summary>
    internal sealed class NamedByTerm : ClassShape
    {
        public static readonly NamedByTerm Instance = new NamedByTerm();

        private NamedByTerm() : base(nameof(NamedByTerm)) { }

        public override int Match(Sentence s, in TermAt term) =>
            !term.IsPlural && s.Is(term.Index + 1, Lexicon.NamedBy) && s.IsModel(term.Index + 2) ? term.Index + 2 : NoMatch;
    }

    /// <summary>
    /// A list of one that the term introduces: "an LLM such as Whisper", "The LLM (DALL-E 3) draws the cover image"
    /// (a list of two or more is a group: TL0002's).
    /// </summary>
    internal sealed class SingleListMember : ClassShape
    {
        public static readonly SingleListMember Instance = new SingleListMember();

        [System.ThreadStatic]
        private static List<int>? t_members;

        private SingleListMember() : base(nameof(SingleListMember)) { }

        public override int Match(Sentence s, in TermAt term)
        {
            if (term.IsCoordinated)
            {
                return NoMatch;
            }

            var members = t_members ??= new List<int>();
            members.Clear();
            Lists.After(s, term.Index, members, allowColon: false);
            return members.Count == 1 && ListItems.OtherItems == 0 && !Stance.IsContrasted(s, term.Start) ? members[0] : NoMatch;
        }
    }
}
