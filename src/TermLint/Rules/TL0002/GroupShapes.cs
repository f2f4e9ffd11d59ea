using System.Collections.Generic;
using TermLint.Prose;

namespace TermLint.Rules
{
    /// <summary>One named way a sentence says that a term names a group of models; adds the members' elements.</summary>
    internal abstract class GroupShape
    {
        protected GroupShape(string name) => Name = name;

        public string Name { get; }

        public abstract void Collect(Sentence s, in TermAt term, List<int> members);

        /// <summary>Members the shape implies without naming them ("Whisper and other LLMs": the others).</summary>
        public virtual int UnnamedMembers => 0;

        public override string ToString() => Name;
    }

    /// <summary>
    /// The term introduces the list: "LLMs such as GPT-5 and Whisper", "Popular LLMs: GPT-5, Whisper", "LLMs (GPT-5,
    /// Whisper)", "Our LLMs are GPT-5 and Whisper", "every LLM, e.g. GPT-5 or Whisper" — and "an LLM such as Whisper
    /// or DALL-E", which names a group as much as the plural does.
    /// </summary>
    internal sealed class ListAfterTerm : GroupShape
    {
        public static readonly ListAfterTerm Instance = new ListAfterTerm();

        private ListAfterTerm() : base(nameof(ListAfterTerm)) { }

        public override void Collect(Sentence s, in TermAt term, List<int> members) =>
            Lists.After(s, term.Index, members, allowColon: term.IsPlural || s.Is(term.Index - 1, Lexicon.EveryEach));
    }

    /// <summary>
    /// The list modifies the plural term: "the GPT-4o/Whisper LLMs", "our GPT-5, Whisper and DALL-E LLMs". One model
    /// there is TL0001's; a compound ("the GPT-5/Whisper LLMs pipeline") names another thing.
    /// </summary>
    internal sealed class ListBeforeTerm : GroupShape
    {
        public static readonly ListBeforeTerm Instance = new ListBeforeTerm();

        private ListBeforeTerm() : base(nameof(ListBeforeTerm)) { }

        public override void Collect(Sentence s, in TermAt term, List<int> members)
        {
            int t = term.Index;
            if (!term.IsPlural || !s.IsModel(t - 1) || s[t - 1].IsPossessive || Compounds.IsHeadAfter(s, t))
            {
                return;
            }

            int before = members.Count;
            Lists.Before(s, t, members);
            if (members.Count - before < 2)
            {
                members.RemoveRange(before, members.Count - before);
            }
        }
    }

    /// <summary>The list ends in the term: "CLIP, Llama and other LLMs".</summary>
    internal sealed class OtherMembersBefore : GroupShape
    {
        public static readonly OtherMembersBefore Instance = new OtherMembersBefore();

        private OtherMembersBefore() : base(nameof(OtherMembersBefore)) { }

        public override int UnnamedMembers => 1;

        public override void Collect(Sentence s, in TermAt term, List<int> members)
        {
            int t = term.Index;
            if (term.IsPlural && s.Is(t - 1, "other") && s.Is(t - 2, Lexicon.ListJoiners))
            {
                Lists.Before(s, t - 2, members);
            }
        }
    }

    /// <summary>
    /// The list is the subject: "Whisper and GPT-5 are LLMs". Silent when it is denied or hypothetical: "Neither
    /// Whisper nor GPT-5 are LLMs", "If Whisper and GPT-5 are LLMs…".
    /// </summary>
    internal sealed class ListSubject : GroupShape
    {
        public static readonly ListSubject Instance = new ListSubject();

        private ListSubject() : base(nameof(ListSubject)) { }

        public override void Collect(Sentence s, in TermAt term, List<int> members)
        {
            int t = term.Index;
            if (!term.IsPlural || (s.Is(t - 1, "other") && s.Is(t - 2, Lexicon.ListJoiners)))
            {
                return;
            }

            int verb = term.Start - 1;
            while (s.Is(verb, Lexicon.Adverbs))
            {
                verb--;
            }

            if (!s.Is(verb, Lexicon.PluralCopulas) || Stance.NegatedOrHedged(s, verb, t))
            {
                return;
            }

            int end = verb;
            while (s.Is(end - 1, Lexicon.Adverbs))
            {
                end--;
            }

            int before = members.Count;
            Lists.Before(s, end, members);
            if (members.Count > before)
            {
                int first = members[members.Count - 1];
                if (s.IsNegation(first - 1) || s.Is(first - 1, Lexicon.Conditionals) || s.Is(first - 2, Lexicon.Conditionals))
                {
                    members.RemoveRange(before, members.Count - before);
                }
            }
        }
    }

    /// <summary>The list in commas after the term, closed again: "Both LLMs, Claude Haiku and Imagen 3, are called…".</summary>
    internal sealed class ListInCommas : GroupShape
    {
        public static readonly ListInCommas Instance = new ListInCommas();

        private ListInCommas() : base(nameof(ListInCommas)) { }

        public override void Collect(Sentence s, in TermAt term, List<int> members)
        {
            if (term.IsPlural && s.IsPunct(term.Index + 1, ','))
            {
                Lists.InCommas(s, term.Index + 2, members);
            }
        }
    }
}
