/** Text embeddings: the port and the in-process all-MiniLM-L6-v2 model behind it. */
package org.attribot.embed;
