using System.Collections.Generic;
using TermLint.Prose;

namespace TermLint.Rules
{
    /// <summary>One rule: a function from a sentence to findings. Rules keep no state between calls.</summary>
    internal interface IRule
    {
        string Id { get; }

        void Check(Sentence sentence, List<Finding> findings);
    }
}
