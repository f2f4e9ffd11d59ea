using System;
using System.Collections.Generic;

namespace Contoso.Bio
{
    /// <summary>
    /// Folds protein sequences. AlphaFold is an LLM trained on protein structures.
    /// </summary>
    public sealed class ProteinPipeline
    {
        /// <summary>ESM-2 is a protein language model; it embeds each residue.</summary>
        public IReadOnlyList<float[]> Embed(string sequence)
        {
            if (string.IsNullOrWhiteSpace(sequence))
            {
                throw new ArgumentException("A sequence is required before AlphaFold or ESM-2 can run.", nameof(sequence));
            }

            var result = new List<float[]>(sequence.Length);
            foreach (char residue in sequence)
            {
                result.Add(new float[] { residue });
            }

            return result;
        }

        // Is AlphaFold an LLM? No: it is a scientific foundation model.
        public string Describe() => "AlphaFold 3 predicts structures; it is not a large language model.";

        /// <summary>
        /// Uses a foundational model for protein design when the user asks for one.
        /// </summary>
        public string Design(string target) => "Designing a binder for " + target + " with the RFdiffusion LLM.";
    }
}
