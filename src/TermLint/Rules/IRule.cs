using System.Collections.Generic;
using TermLint.Prose;

namespace TermLint.Rules
{
    /// <summary>One rule: a function from a sentence to findings. Rules keep no state between calls.</summary>
    internal interface IRule
    {
        string Id { get; }

        /// <summary>The names of the sentence shapes the rule reports, as its findings' <see cref="Finding.Shape"/> and its docs page name them.</summary>
        System.Collections.Generic.IReadOnlyList<string> Shapes { get; }

        void Check(Sentence sentence, List<Finding> findings);
    }
}
