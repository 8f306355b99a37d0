/** Text embeddings: the port and the in-process models behind it (all-MiniLM-L6-v2, bge-small-en-v1.5). */
package org.attribot.embed;
