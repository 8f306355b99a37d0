/** Actor cards: what the store holds about an actor, agency or country named by any of its names — the statements naming it and the claims about it. */
package org.attribot.actorcard;
