/** Chat models through LangChain4j: building them from configuration, prompts, retries and the circuit breaker. */
package org.attribot.llm;
