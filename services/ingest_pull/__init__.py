"""The generic pull poller: in-house billing systems that offer a JSON list with a since-cursor."""
