using System.Collections.Generic;

namespace TermLint.Catalog
{
    /// <summary>
    /// Model aliases by their letters and digits in lower case ("dalle", "stablediffusion"), looked up straight from a
    /// range of prose: the key is hashed and compared in place, so a lookup allocates nothing.
    /// </summary>
    internal sealed class LooseNames
    {
        public static readonly LooseNames Empty = new LooseNames(new Dictionary<string, ModelInfo>());

        private readonly Dictionary<int, KeyValuePair<string, ModelInfo>[]> _byHash = new Dictionary<int, KeyValuePair<string, ModelInfo>[]>();

        /// <param name="byKey">Models by their key (<see cref="KeyOf"/>).</param>
        public LooseNames(Dictionary<string, ModelInfo> byKey)
        {
            var buckets = new Dictionary<int, List<KeyValuePair<string, ModelInfo>>>();
            foreach (var pair in byKey)
            {
                int hash = Hash(pair.Key, 0, pair.Key.Length);
                if (!buckets.TryGetValue(hash, out var bucket))
                {
                    buckets[hash] = bucket = new List<KeyValuePair<string, ModelInfo>>(1);
                }

                bucket.Add(pair);
            }

            foreach (var pair in buckets)
            {
                _byHash[pair.Key] = pair.Value.ToArray();
            }

            Count = byKey.Count;
        }

        public int Count { get; }

        /// <summary>The model whose key the letters and digits of text[start..end) spell, in any case.</summary>
        public bool TryGet(string text, int start, int end, out ModelInfo? model)
        {
            model = null;
            if (Count == 0 || !_byHash.TryGetValue(Hash(text, start, end), out var candidates))
            {
                return false;
            }

            foreach (var candidate in candidates)
            {
                if (SpellsKey(text, start, end, candidate.Key))
                {
                    model = candidate.Value;
                    return true;
                }
            }

            return false;
        }

        /// <summary>The letters and digits of a range, in lower case: the key a name is looked up by.</summary>
        public static string KeyOf(string text, int start, int end)
        {
            var key = new System.Text.StringBuilder(end - start);
            for (int i = start; i < end; i++)
            {
                if (char.IsLetterOrDigit(text[i]))
                {
                    key.Append(char.ToLowerInvariant(text[i]));
                }
            }

            return key.ToString();
        }

        private static int Hash(string text, int start, int end)
        {
            unchecked
            {
                int hash = (int)2166136261;
                for (int i = start; i < end; i++)
                {
                    char c = text[i];
                    if (char.IsLetterOrDigit(c))
                    {
                        hash = (hash ^ char.ToLowerInvariant(c)) * 16777619;
                    }
                }

                return hash;
            }
        }

        private static bool SpellsKey(string text, int start, int end, string key)
        {
            int k = 0;
            for (int i = start; i < end; i++)
            {
                char c = text[i];
                if (!char.IsLetterOrDigit(c))
                {
                    continue;
                }

                if (k >= key.Length || char.ToLowerInvariant(c) != key[k])
                {
                    return false;
                }

                k++;
            }

            return k == key.Length;
        }
    }
}
