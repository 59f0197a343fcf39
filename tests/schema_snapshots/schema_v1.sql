table entities
  column id INTEGER primary key 1
  column session_id TEXT
  column entity_id TEXT
  column label TEXT
  column confidence REAL
  column bbox_json TEXT
  column mask_path TEXT
  column color_hex TEXT
  column area_percent REAL
  foreign key (session_id) references sessions (id) on update NO ACTION on delete NO ACTION
  autoincrement

table migration_log
  column id INTEGER primary key 1
  column migration_name TEXT not null
  column version_from TEXT
  column version_to TEXT
  column started_at TIMESTAMP default current_timestamp
  column completed_at TIMESTAMP
  column status TEXT
  column error_message TEXT
  column duration_seconds REAL
  column checksum TEXT
  check (status in ('pending', 'in_progress', 'completed', 'failed', 'rolled_back'))
  autoincrement

table prompts
  column id INTEGER primary key 1
  column session_id TEXT
  column iteration INT
  column positive_prompt TEXT
  column negative_prompt TEXT
  column quality_score REAL
  foreign key (session_id) references sessions (id) on update NO ACTION on delete NO ACTION
  autoincrement

table schema_version
  column id INTEGER primary key 1
  column version TEXT not null
  column applied_at TIMESTAMP default current_timestamp
  column migration_notes TEXT
  autoincrement

table sessions
  column id TEXT primary key 1
  column created_at TIMESTAMP default current_timestamp
  column image_path TEXT not null
  column naive_prompt TEXT not null
  column status TEXT
  column final_alignment_score REAL
  check (status in ('in_progress', 'completed', 'failed'))

table validations
  column id INTEGER primary key 1
  column session_id TEXT
  column attempt_number INT
  column alignment_score REAL
  column preserved_count INT
  column modified_count INT
  column unintended_count INT
  column user_feedback TEXT
  foreign key (session_id) references sessions (id) on update NO ACTION on delete NO ACTION
  autoincrement

index idx_entities_label on entities (label)

index idx_entities_session on entities (session_id)

index idx_prompts_iteration on prompts (iteration)

index idx_prompts_session on prompts (session_id)

index idx_sessions_created on sessions (created_at desc)

index idx_sessions_status on sessions (status)

index idx_validations_attempt on validations (attempt_number)

index idx_validations_session on validations (session_id)
